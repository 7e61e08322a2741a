/**
 */
package org.fieldbook.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Order</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.WorkOrder#getNumber <em>Number</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getServiceAccount <em>Service Account</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getAddress1 <em>Address1</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getCity <em>City</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrder#getInstructions <em>Instructions</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder()
 * @model annotation="http://www.fieldbook.org/dataverse logicalName='msdyn_workorder' entitySet='msdyn_workorders'"
 * @generated
 */
public interface WorkOrder extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_Number()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_name'"
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
	 * Returns the value of the '<em><b>Service Account</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Account</em>' reference.
	 * @see #setServiceAccount(Account)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_ServiceAccount()
	 * @model
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
	 * Returns the value of the '<em><b>Address1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address1</em>' attribute.
	 * @see #setAddress1(String)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_Address1()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_address1'"
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
	 * Returns the value of the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>City</em>' attribute.
	 * @see #setCity(String)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_City()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_city'"
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
	 * Returns the value of the '<em><b>Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instructions</em>' attribute.
	 * @see #setInstructions(String)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrder_Instructions()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_instructions'"
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

} // WorkOrder
