/**
 */
package org.fieldbook.model;

import java.time.Instant;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Order</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A work order: the job at a customer's site.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.WorkOrder#getNumber <em>Number</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getSystemStatus <em>System Status</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getSubstatusId <em>Substatus Id</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getServiceAccount <em>Service Account</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getReportedByContact <em>Reported By Contact</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getPrimaryIncidentType <em>Primary Incident Type</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getCustomerAsset <em>Customer Asset</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getAddress1 <em>Address1</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getAddress2 <em>Address2</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getAddress3 <em>Address3</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getCity <em>City</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getStateOrProvince <em>State Or Province</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getPostalCode <em>Postal Code</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getCountry <em>Country</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getFirstArrivedOn <em>First Arrived On</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getCompletedOn <em>Completed On</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getOwnerId <em>Owner Id</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getOwningBusinessUnit <em>Owning Business Unit</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='coordinatesInRange'"
 *        annotation="http://www.fieldbook.org/dataverse logicalName='msdyn_workorder' entitySet='msdyn_workorders'"
 * @generated
 */
public interface WorkOrder extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The work order number shown to people, e.g. WO-00412.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_Number()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_name' maxLength='100'"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>System Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fieldbook.model.WorkOrderSystemStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>System Status</em>' attribute.
	 * @see org.fieldbook.model.WorkOrderSystemStatus
	 * @see #setSystemStatus(WorkOrderSystemStatus)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_SystemStatus()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_systemstatus'"
	 * @generated
	 */
	WorkOrderSystemStatus getSystemStatus();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getSystemStatus <em>System Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System Status</em>' attribute.
	 * @see org.fieldbook.model.WorkOrderSystemStatus
	 * @see #getSystemStatus()
	 * @generated
	 */
	void setSystemStatus(WorkOrderSystemStatus value);

	/**
	 * Returns the value of the '<em><b>Substatus Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Substatus Id</em>' attribute.
	 * @see #setSubstatusId(String)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_SubstatusId()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_substatus_value'"
	 * @generated
	 */
	String getSubstatusId();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getSubstatusId <em>Substatus Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Substatus Id</em>' attribute.
	 * @see #getSubstatusId()
	 * @generated
	 */
	void setSubstatusId(String value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fieldbook.model.WorkOrderPriority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see org.fieldbook.model.WorkOrderPriority
	 * @see #setPriority(WorkOrderPriority)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_Priority()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_priority'"
	 * @generated
	 */
	WorkOrderPriority getPriority();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see org.fieldbook.model.WorkOrderPriority
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(WorkOrderPriority value);

	/**
	 * Returns the value of the '<em><b>Service Account</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Account</em>' reference.
	 * @see #setServiceAccount(Account)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_ServiceAccount()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_serviceaccount_value' navigation='msdyn_serviceaccount'"
	 * @generated
	 */
	Account getServiceAccount();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getServiceAccount <em>Service Account</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Account</em>' reference.
	 * @see #getServiceAccount()
	 * @generated
	 */
	void setServiceAccount(Account value);

	/**
	 * Returns the value of the '<em><b>Reported By Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reported By Contact</em>' reference.
	 * @see #setReportedByContact(Contact)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_ReportedByContact()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_reportedbycontact_value' navigation='msdyn_reportedbycontact'"
	 * @generated
	 */
	Contact getReportedByContact();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getReportedByContact <em>Reported By Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reported By Contact</em>' reference.
	 * @see #getReportedByContact()
	 * @generated
	 */
	void setReportedByContact(Contact value);

	/**
	 * Returns the value of the '<em><b>Primary Incident Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Primary Incident Type</em>' reference.
	 * @see #setPrimaryIncidentType(IncidentType)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_PrimaryIncidentType()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_primaryincidenttype_value' navigation='msdyn_primaryincidenttype'"
	 * @generated
	 */
	IncidentType getPrimaryIncidentType();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getPrimaryIncidentType <em>Primary Incident Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary Incident Type</em>' reference.
	 * @see #getPrimaryIncidentType()
	 * @generated
	 */
	void setPrimaryIncidentType(IncidentType value);

	/**
	 * Returns the value of the '<em><b>Customer Asset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Asset</em>' reference.
	 * @see #setCustomerAsset(CustomerAsset)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_CustomerAsset()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_customerasset_value' navigation='msdyn_customerasset'"
	 * @generated
	 */
	CustomerAsset getCustomerAsset();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getCustomerAsset <em>Customer Asset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Asset</em>' reference.
	 * @see #getCustomerAsset()
	 * @generated
	 */
	void setCustomerAsset(CustomerAsset value);

	/**
	 * Returns the value of the '<em><b>Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instructions</em>' attribute.
	 * @see #setInstructions(String)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_Instructions()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_instructions' maxLength='4000'"
	 * @generated
	 */
	String getInstructions();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getInstructions <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instructions</em>' attribute.
	 * @see #getInstructions()
	 * @generated
	 */
	void setInstructions(String value);

	/**
	 * Returns the value of the '<em><b>Address1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address1</em>' attribute.
	 * @see #setAddress1(String)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_Address1()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_address1' maxLength='250'"
	 * @generated
	 */
	String getAddress1();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getAddress1 <em>Address1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address1</em>' attribute.
	 * @see #getAddress1()
	 * @generated
	 */
	void setAddress1(String value);

	/**
	 * Returns the value of the '<em><b>Address2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address2</em>' attribute.
	 * @see #setAddress2(String)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_Address2()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_address2' maxLength='250'"
	 * @generated
	 */
	String getAddress2();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getAddress2 <em>Address2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address2</em>' attribute.
	 * @see #getAddress2()
	 * @generated
	 */
	void setAddress2(String value);

	/**
	 * Returns the value of the '<em><b>Address3</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address3</em>' attribute.
	 * @see #setAddress3(String)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_Address3()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_address3' maxLength='250'"
	 * @generated
	 */
	String getAddress3();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getAddress3 <em>Address3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address3</em>' attribute.
	 * @see #getAddress3()
	 * @generated
	 */
	void setAddress3(String value);

	/**
	 * Returns the value of the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>City</em>' attribute.
	 * @see #setCity(String)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_City()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_city' maxLength='80'"
	 * @generated
	 */
	String getCity();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getCity <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>City</em>' attribute.
	 * @see #getCity()
	 * @generated
	 */
	void setCity(String value);

	/**
	 * Returns the value of the '<em><b>State Or Province</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State Or Province</em>' attribute.
	 * @see #setStateOrProvince(String)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_StateOrProvince()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_stateorprovince' maxLength='50'"
	 * @generated
	 */
	String getStateOrProvince();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getStateOrProvince <em>State Or Province</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State Or Province</em>' attribute.
	 * @see #getStateOrProvince()
	 * @generated
	 */
	void setStateOrProvince(String value);

	/**
	 * Returns the value of the '<em><b>Postal Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Postal Code</em>' attribute.
	 * @see #setPostalCode(String)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_PostalCode()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_postalcode' maxLength='20'"
	 * @generated
	 */
	String getPostalCode();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getPostalCode <em>Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Postal Code</em>' attribute.
	 * @see #getPostalCode()
	 * @generated
	 */
	void setPostalCode(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_Country()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_country' maxLength='80'"
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Latitude</em>' attribute.
	 * @see #setLatitude(double)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_Latitude()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_latitude'"
	 * @generated
	 */
	double getLatitude();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getLatitude <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latitude</em>' attribute.
	 * @see #getLatitude()
	 * @generated
	 */
	void setLatitude(double value);

	/**
	 * Returns the value of the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Longitude</em>' attribute.
	 * @see #setLongitude(double)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_Longitude()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_longitude'"
	 * @generated
	 */
	double getLongitude();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getLongitude <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Longitude</em>' attribute.
	 * @see #getLongitude()
	 * @generated
	 */
	void setLongitude(double value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The technician's summary of the work done, apart from the office's instructions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_Summary()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_workordersummary' maxLength='4000'"
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>First Arrived On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The earliest actual arrival of its bookings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Arrived On</em>' attribute.
	 * @see #setFirstArrivedOn(Instant)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_FirstArrivedOn()
	 * @model dataType="org.fieldbook.model.Instant"
	 *        annotation="http://www.fieldbook.org/dataverse column='msdyn_firstarrivedon'"
	 * @generated
	 */
	Instant getFirstArrivedOn();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getFirstArrivedOn <em>First Arrived On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Arrived On</em>' attribute.
	 * @see #getFirstArrivedOn()
	 * @generated
	 */
	void setFirstArrivedOn(Instant value);

	/**
	 * Returns the value of the '<em><b>Completed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the work order was completed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Completed On</em>' attribute.
	 * @see #setCompletedOn(Instant)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_CompletedOn()
	 * @model dataType="org.fieldbook.model.Instant"
	 *        annotation="http://www.fieldbook.org/dataverse column='msdyn_completedon'"
	 * @generated
	 */
	Instant getCompletedOn();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getCompletedOn <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completed On</em>' attribute.
	 * @see #getCompletedOn()
	 * @generated
	 */
	void setCompletedOn(Instant value);

	/**
	 * Returns the value of the '<em><b>Owner Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The systemuserid or teamid of the row's owner (Dataverse's ownerid), set with ownerid@odata.bind; the creator by default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner Id</em>' attribute.
	 * @see #setOwnerId(String)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_OwnerId()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_ownerid_value' maxLength='36'"
	 * @generated
	 */
	String getOwnerId();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getOwnerId <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Id</em>' attribute.
	 * @see #getOwnerId()
	 * @generated
	 */
	void setOwnerId(String value);

	/**
	 * Returns the value of the '<em><b>Owning Business Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The business unit of the row's owner, set by the server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owning Business Unit</em>' attribute.
	 * @see #setOwningBusinessUnit(String)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_OwningBusinessUnit()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_owningbusinessunit_value' maxLength='36'"
	 * @generated
	 */
	String getOwningBusinessUnit();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrder#getOwningBusinessUnit <em>Owning Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owning Business Unit</em>' attribute.
	 * @see #getOwningBusinessUnit()
	 * @generated
	 */
	void setOwningBusinessUnit(String value);

} // WorkOrder
