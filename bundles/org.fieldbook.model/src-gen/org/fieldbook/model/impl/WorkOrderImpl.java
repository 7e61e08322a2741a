/**
 */
package org.fieldbook.model.impl;

import java.time.Instant;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbook.model.Account;
import org.fieldbook.model.Contact;
import org.fieldbook.model.CustomerAsset;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.IncidentType;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderPriority;
import org.fieldbook.model.WorkOrderSystemStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Work Order</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getSystemStatus <em>System Status</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getSubstatusId <em>Substatus Id</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getServiceAccount <em>Service Account</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getReportedByContact <em>Reported By Contact</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getPrimaryIncidentType <em>Primary Incident Type</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getCustomerAsset <em>Customer Asset</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getAddress1 <em>Address1</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getAddress2 <em>Address2</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getAddress3 <em>Address3</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getCity <em>City</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getStateOrProvince <em>State Or Province</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getPostalCode <em>Postal Code</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getFirstArrivedOn <em>First Arrived On</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getCompletedOn <em>Completed On</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getOwnerId <em>Owner Id</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getOwningBusinessUnit <em>Owning Business Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkOrderImpl extends RecordImpl implements WorkOrder {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSystemStatus() <em>System Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemStatus()
	 * @generated
	 * @ordered
	 */
	protected static final WorkOrderSystemStatus SYSTEM_STATUS_EDEFAULT = WorkOrderSystemStatus.UNSCHEDULED;

	/**
	 * The cached value of the '{@link #getSystemStatus() <em>System Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemStatus()
	 * @generated
	 * @ordered
	 */
	protected WorkOrderSystemStatus systemStatus = SYSTEM_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubstatusId() <em>Substatus Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubstatusId()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBSTATUS_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubstatusId() <em>Substatus Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubstatusId()
	 * @generated
	 * @ordered
	 */
	protected String substatusId = SUBSTATUS_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final WorkOrderPriority PRIORITY_EDEFAULT = WorkOrderPriority.LOW;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected WorkOrderPriority priority = PRIORITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getServiceAccount() <em>Service Account</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceAccount()
	 * @generated
	 * @ordered
	 */
	protected Account serviceAccount;

	/**
	 * The cached value of the '{@link #getReportedByContact() <em>Reported By Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedByContact()
	 * @generated
	 * @ordered
	 */
	protected Contact reportedByContact;

	/**
	 * The cached value of the '{@link #getPrimaryIncidentType() <em>Primary Incident Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryIncidentType()
	 * @generated
	 * @ordered
	 */
	protected IncidentType primaryIncidentType;

	/**
	 * The cached value of the '{@link #getCustomerAsset() <em>Customer Asset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerAsset()
	 * @generated
	 * @ordered
	 */
	protected CustomerAsset customerAsset;

	/**
	 * The default value of the '{@link #getInstructions() <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUCTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstructions() <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected String instructions = INSTRUCTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress1() <em>Address1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress1()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS1_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress1() <em>Address1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress1()
	 * @generated
	 * @ordered
	 */
	protected String address1 = ADDRESS1_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress2() <em>Address2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress2()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS2_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress2() <em>Address2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress2()
	 * @generated
	 * @ordered
	 */
	protected String address2 = ADDRESS2_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress3() <em>Address3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress3()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS3_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress3() <em>Address3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress3()
	 * @generated
	 * @ordered
	 */
	protected String address3 = ADDRESS3_EDEFAULT;

	/**
	 * The default value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected static final String CITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected String city = CITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStateOrProvince() <em>State Or Province</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateOrProvince()
	 * @generated
	 * @ordered
	 */
	protected static final String STATE_OR_PROVINCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStateOrProvince() <em>State Or Province</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateOrProvince()
	 * @generated
	 * @ordered
	 */
	protected String stateOrProvince = STATE_OR_PROVINCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPostalCode() <em>Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostalCode()
	 * @generated
	 * @ordered
	 */
	protected static final String POSTAL_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPostalCode() <em>Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostalCode()
	 * @generated
	 * @ordered
	 */
	protected String postalCode = POSTAL_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLatitude() <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatitude()
	 * @generated
	 * @ordered
	 */
	protected static final double LATITUDE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLatitude() <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatitude()
	 * @generated
	 * @ordered
	 */
	protected double latitude = LATITUDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLongitude() <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLongitude()
	 * @generated
	 * @ordered
	 */
	protected static final double LONGITUDE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLongitude() <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLongitude()
	 * @generated
	 * @ordered
	 */
	protected double longitude = LONGITUDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstArrivedOn() <em>First Arrived On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstArrivedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Instant FIRST_ARRIVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstArrivedOn() <em>First Arrived On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstArrivedOn()
	 * @generated
	 * @ordered
	 */
	protected Instant firstArrivedOn = FIRST_ARRIVED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletedOn() <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Instant COMPLETED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompletedOn() <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedOn()
	 * @generated
	 * @ordered
	 */
	protected Instant completedOn = COMPLETED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwnerId() <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerId()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnerId() <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerId()
	 * @generated
	 * @ordered
	 */
	protected String ownerId = OWNER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwningBusinessUnit() <em>Owning Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwningBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNING_BUSINESS_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwningBusinessUnit() <em>Owning Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwningBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected String owningBusinessUnit = OWNING_BUSINESS_UNIT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkOrderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.WORK_ORDER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkOrderSystemStatus getSystemStatus() {
		return systemStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystemStatus(WorkOrderSystemStatus newSystemStatus) {
		WorkOrderSystemStatus oldSystemStatus = systemStatus;
		systemStatus = newSystemStatus == null ? SYSTEM_STATUS_EDEFAULT : newSystemStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__SYSTEM_STATUS, oldSystemStatus, systemStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubstatusId() {
		return substatusId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubstatusId(String newSubstatusId) {
		String oldSubstatusId = substatusId;
		substatusId = newSubstatusId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__SUBSTATUS_ID, oldSubstatusId, substatusId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkOrderPriority getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(WorkOrderPriority newPriority) {
		WorkOrderPriority oldPriority = priority;
		priority = newPriority == null ? PRIORITY_EDEFAULT : newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Account getServiceAccount() {
		if (serviceAccount != null && serviceAccount.eIsProxy()) {
			InternalEObject oldServiceAccount = (InternalEObject)serviceAccount;
			serviceAccount = (Account)eResolveProxy(oldServiceAccount);
			if (serviceAccount != oldServiceAccount) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.WORK_ORDER__SERVICE_ACCOUNT, oldServiceAccount, serviceAccount));
			}
		}
		return serviceAccount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Account basicGetServiceAccount() {
		return serviceAccount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceAccount(Account newServiceAccount) {
		Account oldServiceAccount = serviceAccount;
		serviceAccount = newServiceAccount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__SERVICE_ACCOUNT, oldServiceAccount, serviceAccount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact getReportedByContact() {
		if (reportedByContact != null && reportedByContact.eIsProxy()) {
			InternalEObject oldReportedByContact = (InternalEObject)reportedByContact;
			reportedByContact = (Contact)eResolveProxy(oldReportedByContact);
			if (reportedByContact != oldReportedByContact) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.WORK_ORDER__REPORTED_BY_CONTACT, oldReportedByContact, reportedByContact));
			}
		}
		return reportedByContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Contact basicGetReportedByContact() {
		return reportedByContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportedByContact(Contact newReportedByContact) {
		Contact oldReportedByContact = reportedByContact;
		reportedByContact = newReportedByContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__REPORTED_BY_CONTACT, oldReportedByContact, reportedByContact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IncidentType getPrimaryIncidentType() {
		if (primaryIncidentType != null && primaryIncidentType.eIsProxy()) {
			InternalEObject oldPrimaryIncidentType = (InternalEObject)primaryIncidentType;
			primaryIncidentType = (IncidentType)eResolveProxy(oldPrimaryIncidentType);
			if (primaryIncidentType != oldPrimaryIncidentType) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.WORK_ORDER__PRIMARY_INCIDENT_TYPE, oldPrimaryIncidentType, primaryIncidentType));
			}
		}
		return primaryIncidentType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IncidentType basicGetPrimaryIncidentType() {
		return primaryIncidentType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimaryIncidentType(IncidentType newPrimaryIncidentType) {
		IncidentType oldPrimaryIncidentType = primaryIncidentType;
		primaryIncidentType = newPrimaryIncidentType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__PRIMARY_INCIDENT_TYPE, oldPrimaryIncidentType, primaryIncidentType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerAsset getCustomerAsset() {
		if (customerAsset != null && customerAsset.eIsProxy()) {
			InternalEObject oldCustomerAsset = (InternalEObject)customerAsset;
			customerAsset = (CustomerAsset)eResolveProxy(oldCustomerAsset);
			if (customerAsset != oldCustomerAsset) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.WORK_ORDER__CUSTOMER_ASSET, oldCustomerAsset, customerAsset));
			}
		}
		return customerAsset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CustomerAsset basicGetCustomerAsset() {
		return customerAsset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerAsset(CustomerAsset newCustomerAsset) {
		CustomerAsset oldCustomerAsset = customerAsset;
		customerAsset = newCustomerAsset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__CUSTOMER_ASSET, oldCustomerAsset, customerAsset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstructions() {
		return instructions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstructions(String newInstructions) {
		String oldInstructions = instructions;
		instructions = newInstructions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__INSTRUCTIONS, oldInstructions, instructions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress1() {
		return address1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress1(String newAddress1) {
		String oldAddress1 = address1;
		address1 = newAddress1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__ADDRESS1, oldAddress1, address1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress2() {
		return address2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress2(String newAddress2) {
		String oldAddress2 = address2;
		address2 = newAddress2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__ADDRESS2, oldAddress2, address2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress3() {
		return address3;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress3(String newAddress3) {
		String oldAddress3 = address3;
		address3 = newAddress3;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__ADDRESS3, oldAddress3, address3));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCity() {
		return city;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCity(String newCity) {
		String oldCity = city;
		city = newCity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__CITY, oldCity, city));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStateOrProvince() {
		return stateOrProvince;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStateOrProvince(String newStateOrProvince) {
		String oldStateOrProvince = stateOrProvince;
		stateOrProvince = newStateOrProvince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__STATE_OR_PROVINCE, oldStateOrProvince, stateOrProvince));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPostalCode() {
		return postalCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostalCode(String newPostalCode) {
		String oldPostalCode = postalCode;
		postalCode = newPostalCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__POSTAL_CODE, oldPostalCode, postalCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry() {
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry) {
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLatitude() {
		return latitude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLatitude(double newLatitude) {
		double oldLatitude = latitude;
		latitude = newLatitude;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__LATITUDE, oldLatitude, latitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLongitude() {
		return longitude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLongitude(double newLongitude) {
		double oldLongitude = longitude;
		longitude = newLongitude;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__LONGITUDE, oldLongitude, longitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getFirstArrivedOn() {
		return firstArrivedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstArrivedOn(Instant newFirstArrivedOn) {
		Instant oldFirstArrivedOn = firstArrivedOn;
		firstArrivedOn = newFirstArrivedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__FIRST_ARRIVED_ON, oldFirstArrivedOn, firstArrivedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCompletedOn() {
		return completedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletedOn(Instant newCompletedOn) {
		Instant oldCompletedOn = completedOn;
		completedOn = newCompletedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__COMPLETED_ON, oldCompletedOn, completedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwnerId() {
		return ownerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerId(String newOwnerId) {
		String oldOwnerId = ownerId;
		ownerId = newOwnerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__OWNER_ID, oldOwnerId, ownerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwningBusinessUnit() {
		return owningBusinessUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwningBusinessUnit(String newOwningBusinessUnit) {
		String oldOwningBusinessUnit = owningBusinessUnit;
		owningBusinessUnit = newOwningBusinessUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__OWNING_BUSINESS_UNIT, oldOwningBusinessUnit, owningBusinessUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.WORK_ORDER__NUMBER:
				return getNumber();
			case FieldbookPackage.WORK_ORDER__SYSTEM_STATUS:
				return getSystemStatus();
			case FieldbookPackage.WORK_ORDER__SUBSTATUS_ID:
				return getSubstatusId();
			case FieldbookPackage.WORK_ORDER__PRIORITY:
				return getPriority();
			case FieldbookPackage.WORK_ORDER__SERVICE_ACCOUNT:
				if (resolve) return getServiceAccount();
				return basicGetServiceAccount();
			case FieldbookPackage.WORK_ORDER__REPORTED_BY_CONTACT:
				if (resolve) return getReportedByContact();
				return basicGetReportedByContact();
			case FieldbookPackage.WORK_ORDER__PRIMARY_INCIDENT_TYPE:
				if (resolve) return getPrimaryIncidentType();
				return basicGetPrimaryIncidentType();
			case FieldbookPackage.WORK_ORDER__CUSTOMER_ASSET:
				if (resolve) return getCustomerAsset();
				return basicGetCustomerAsset();
			case FieldbookPackage.WORK_ORDER__INSTRUCTIONS:
				return getInstructions();
			case FieldbookPackage.WORK_ORDER__ADDRESS1:
				return getAddress1();
			case FieldbookPackage.WORK_ORDER__ADDRESS2:
				return getAddress2();
			case FieldbookPackage.WORK_ORDER__ADDRESS3:
				return getAddress3();
			case FieldbookPackage.WORK_ORDER__CITY:
				return getCity();
			case FieldbookPackage.WORK_ORDER__STATE_OR_PROVINCE:
				return getStateOrProvince();
			case FieldbookPackage.WORK_ORDER__POSTAL_CODE:
				return getPostalCode();
			case FieldbookPackage.WORK_ORDER__COUNTRY:
				return getCountry();
			case FieldbookPackage.WORK_ORDER__LATITUDE:
				return getLatitude();
			case FieldbookPackage.WORK_ORDER__LONGITUDE:
				return getLongitude();
			case FieldbookPackage.WORK_ORDER__SUMMARY:
				return getSummary();
			case FieldbookPackage.WORK_ORDER__FIRST_ARRIVED_ON:
				return getFirstArrivedOn();
			case FieldbookPackage.WORK_ORDER__COMPLETED_ON:
				return getCompletedOn();
			case FieldbookPackage.WORK_ORDER__OWNER_ID:
				return getOwnerId();
			case FieldbookPackage.WORK_ORDER__OWNING_BUSINESS_UNIT:
				return getOwningBusinessUnit();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FieldbookPackage.WORK_ORDER__NUMBER:
				setNumber((String)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__SYSTEM_STATUS:
				setSystemStatus((WorkOrderSystemStatus)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__SUBSTATUS_ID:
				setSubstatusId((String)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__PRIORITY:
				setPriority((WorkOrderPriority)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__SERVICE_ACCOUNT:
				setServiceAccount((Account)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__REPORTED_BY_CONTACT:
				setReportedByContact((Contact)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__PRIMARY_INCIDENT_TYPE:
				setPrimaryIncidentType((IncidentType)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__CUSTOMER_ASSET:
				setCustomerAsset((CustomerAsset)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__INSTRUCTIONS:
				setInstructions((String)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__ADDRESS1:
				setAddress1((String)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__ADDRESS2:
				setAddress2((String)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__ADDRESS3:
				setAddress3((String)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__CITY:
				setCity((String)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__STATE_OR_PROVINCE:
				setStateOrProvince((String)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__POSTAL_CODE:
				setPostalCode((String)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__COUNTRY:
				setCountry((String)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__LATITUDE:
				setLatitude((Double)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__LONGITUDE:
				setLongitude((Double)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__SUMMARY:
				setSummary((String)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__FIRST_ARRIVED_ON:
				setFirstArrivedOn((Instant)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__COMPLETED_ON:
				setCompletedOn((Instant)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__OWNER_ID:
				setOwnerId((String)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__OWNING_BUSINESS_UNIT:
				setOwningBusinessUnit((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FieldbookPackage.WORK_ORDER__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__SYSTEM_STATUS:
				setSystemStatus(SYSTEM_STATUS_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__SUBSTATUS_ID:
				setSubstatusId(SUBSTATUS_ID_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__SERVICE_ACCOUNT:
				setServiceAccount((Account)null);
				return;
			case FieldbookPackage.WORK_ORDER__REPORTED_BY_CONTACT:
				setReportedByContact((Contact)null);
				return;
			case FieldbookPackage.WORK_ORDER__PRIMARY_INCIDENT_TYPE:
				setPrimaryIncidentType((IncidentType)null);
				return;
			case FieldbookPackage.WORK_ORDER__CUSTOMER_ASSET:
				setCustomerAsset((CustomerAsset)null);
				return;
			case FieldbookPackage.WORK_ORDER__INSTRUCTIONS:
				setInstructions(INSTRUCTIONS_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__ADDRESS1:
				setAddress1(ADDRESS1_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__ADDRESS2:
				setAddress2(ADDRESS2_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__ADDRESS3:
				setAddress3(ADDRESS3_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__CITY:
				setCity(CITY_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__STATE_OR_PROVINCE:
				setStateOrProvince(STATE_OR_PROVINCE_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__POSTAL_CODE:
				setPostalCode(POSTAL_CODE_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__LATITUDE:
				setLatitude(LATITUDE_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__LONGITUDE:
				setLongitude(LONGITUDE_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__FIRST_ARRIVED_ON:
				setFirstArrivedOn(FIRST_ARRIVED_ON_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__COMPLETED_ON:
				setCompletedOn(COMPLETED_ON_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__OWNER_ID:
				setOwnerId(OWNER_ID_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__OWNING_BUSINESS_UNIT:
				setOwningBusinessUnit(OWNING_BUSINESS_UNIT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FieldbookPackage.WORK_ORDER__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case FieldbookPackage.WORK_ORDER__SYSTEM_STATUS:
				return systemStatus != SYSTEM_STATUS_EDEFAULT;
			case FieldbookPackage.WORK_ORDER__SUBSTATUS_ID:
				return SUBSTATUS_ID_EDEFAULT == null ? substatusId != null : !SUBSTATUS_ID_EDEFAULT.equals(substatusId);
			case FieldbookPackage.WORK_ORDER__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case FieldbookPackage.WORK_ORDER__SERVICE_ACCOUNT:
				return serviceAccount != null;
			case FieldbookPackage.WORK_ORDER__REPORTED_BY_CONTACT:
				return reportedByContact != null;
			case FieldbookPackage.WORK_ORDER__PRIMARY_INCIDENT_TYPE:
				return primaryIncidentType != null;
			case FieldbookPackage.WORK_ORDER__CUSTOMER_ASSET:
				return customerAsset != null;
			case FieldbookPackage.WORK_ORDER__INSTRUCTIONS:
				return INSTRUCTIONS_EDEFAULT == null ? instructions != null : !INSTRUCTIONS_EDEFAULT.equals(instructions);
			case FieldbookPackage.WORK_ORDER__ADDRESS1:
				return ADDRESS1_EDEFAULT == null ? address1 != null : !ADDRESS1_EDEFAULT.equals(address1);
			case FieldbookPackage.WORK_ORDER__ADDRESS2:
				return ADDRESS2_EDEFAULT == null ? address2 != null : !ADDRESS2_EDEFAULT.equals(address2);
			case FieldbookPackage.WORK_ORDER__ADDRESS3:
				return ADDRESS3_EDEFAULT == null ? address3 != null : !ADDRESS3_EDEFAULT.equals(address3);
			case FieldbookPackage.WORK_ORDER__CITY:
				return CITY_EDEFAULT == null ? city != null : !CITY_EDEFAULT.equals(city);
			case FieldbookPackage.WORK_ORDER__STATE_OR_PROVINCE:
				return STATE_OR_PROVINCE_EDEFAULT == null ? stateOrProvince != null : !STATE_OR_PROVINCE_EDEFAULT.equals(stateOrProvince);
			case FieldbookPackage.WORK_ORDER__POSTAL_CODE:
				return POSTAL_CODE_EDEFAULT == null ? postalCode != null : !POSTAL_CODE_EDEFAULT.equals(postalCode);
			case FieldbookPackage.WORK_ORDER__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case FieldbookPackage.WORK_ORDER__LATITUDE:
				return latitude != LATITUDE_EDEFAULT;
			case FieldbookPackage.WORK_ORDER__LONGITUDE:
				return longitude != LONGITUDE_EDEFAULT;
			case FieldbookPackage.WORK_ORDER__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case FieldbookPackage.WORK_ORDER__FIRST_ARRIVED_ON:
				return FIRST_ARRIVED_ON_EDEFAULT == null ? firstArrivedOn != null : !FIRST_ARRIVED_ON_EDEFAULT.equals(firstArrivedOn);
			case FieldbookPackage.WORK_ORDER__COMPLETED_ON:
				return COMPLETED_ON_EDEFAULT == null ? completedOn != null : !COMPLETED_ON_EDEFAULT.equals(completedOn);
			case FieldbookPackage.WORK_ORDER__OWNER_ID:
				return OWNER_ID_EDEFAULT == null ? ownerId != null : !OWNER_ID_EDEFAULT.equals(ownerId);
			case FieldbookPackage.WORK_ORDER__OWNING_BUSINESS_UNIT:
				return OWNING_BUSINESS_UNIT_EDEFAULT == null ? owningBusinessUnit != null : !OWNING_BUSINESS_UNIT_EDEFAULT.equals(owningBusinessUnit);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (number: ");
		result.append(number);
		result.append(", systemStatus: ");
		result.append(systemStatus);
		result.append(", substatusId: ");
		result.append(substatusId);
		result.append(", priority: ");
		result.append(priority);
		result.append(", instructions: ");
		result.append(instructions);
		result.append(", address1: ");
		result.append(address1);
		result.append(", address2: ");
		result.append(address2);
		result.append(", address3: ");
		result.append(address3);
		result.append(", city: ");
		result.append(city);
		result.append(", stateOrProvince: ");
		result.append(stateOrProvince);
		result.append(", postalCode: ");
		result.append(postalCode);
		result.append(", country: ");
		result.append(country);
		result.append(", latitude: ");
		result.append(latitude);
		result.append(", longitude: ");
		result.append(longitude);
		result.append(", summary: ");
		result.append(summary);
		result.append(", firstArrivedOn: ");
		result.append(firstArrivedOn);
		result.append(", completedOn: ");
		result.append(completedOn);
		result.append(", ownerId: ");
		result.append(ownerId);
		result.append(", owningBusinessUnit: ");
		result.append(owningBusinessUnit);
		result.append(')');
		return result.toString();
	}

} //WorkOrderImpl
